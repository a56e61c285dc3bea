/* A C program built with make on the gcc image: dynamically linked against glibc. */
#include <gnu/libc-version.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    int count = 1;
    for (int i = 1; i < argc; i++)
        if (strcmp(argv[i], "--count") == 0 && i + 1 < argc)
            count = atoi(argv[++i]);
    for (int i = 0; i < count; i++)
        printf("hello from C #%d\n", i + 1);
    printf("glibc %s\n", gnu_get_libc_version());
    return count == 3 ? 0 : 1;
}
