#include <stdio.h>
#include <stdlib.h>
#include "greet.h"

int main(int argc, char **argv) {
    int wanted = argc > 1 ? atoi(argv[1]) : 2;
    printf("threads: %d\n", greet_threads(wanted));
    /* zip: installed by the original, used at run time without the Dockerfile showing it */
    int status = system("zip -v > /dev/null 2>&1");
    printf("zip: %s\n", status == 0 ? "present" : "missing");
    return status == 0 ? 0 : 1;
}
