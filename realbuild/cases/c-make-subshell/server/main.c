/* Built inside a subshell, `(cd server && make)`, against a library built in another. */
#include <stdlib.h>
#include <string.h>
void count(int n);
int main(int argc, char **argv) {
    int n = 1;
    for (int i = 1; i < argc; i++)
        if (strcmp(argv[i], "--count") == 0 && i + 1 < argc)
            n = atoi(argv[++i]);
    count(n);
    return n == 2 ? 0 : 1;
}
