/* Installed into /usr/bin with its configuration in /etc (--sysconfdir=/etc): reads
   the configuration file the install put there and prints its greeting. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
    char line[256];
    FILE *f = fopen(SYSCONFDIR "/greet.conf", "r");
    if (f == NULL) {
        perror(SYSCONFDIR "/greet.conf");
        return 1;
    }
    while (fgets(line, sizeof line, f) != NULL) {
        char *eq = strchr(line, '=');
        if (strncmp(line, "greeting", 8) == 0 && eq != NULL)
            printf("%s", eq + 2);
    }
    fclose(f);
    for (int i = 1; i < argc; i++)
        printf("to %s\n", argv[i]);
    return 0;
}
