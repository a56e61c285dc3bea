/* Patched by a for loop over patches/*.patch, then built with make and installed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
    int n = 1;
    for (int i = 1; i < argc; i++)
        if (strcmp(argv[i], "--count") == 0 && i + 1 < argc)
            n = atoi(argv[++i]);
    for (int i = 0; i < n; i++)
        printf("hello %d\n", i);
    return 0;
}
