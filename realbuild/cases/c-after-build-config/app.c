/* Reads its configuration from the installed prefix; a RUN after the build edits it. */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
int main(void) {
    FILE *f = fopen("/opt/app/etc/app.conf", "r");
    char line[256];
    if (!f) { puts("no configuration"); return 2; }
    while (fgets(line, sizeof line, f))
        if (strncmp(line, "greeting=", 9) == 0)
            printf("%s", line + 9);
    fclose(f);
    struct stat st;
    printf("var: %s\n", stat("/opt/app/var", &st) == 0 ? "present" : "missing");
    return 0;
}
