/* A program installed next to the library into /usr/bin, linking it. */
#include <stdio.h>

int greet(const char *name, char *out, int size);

int main(int argc, char **argv) {
    char buf[64];
    greet(argc > 1 ? argv[1] : "nobody", buf, sizeof buf);
    puts(buf);
    return 0;
}
