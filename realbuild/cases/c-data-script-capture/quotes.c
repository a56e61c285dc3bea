#include <stdio.h>
#include <string.h>

int main(void) {
    char line[256], path[200] = "";
    FILE *conf = fopen("/etc/quotes.conf", "r");
    if (!conf) { perror("/etc/quotes.conf"); return 1; }
    while (fgets(line, sizeof line, conf))
        if (sscanf(line, "data=%199s", path) == 1) break;
    fclose(conf);
    FILE *data = fopen(path, "r");
    if (!data) { perror(path); return 2; }
    int n = 0;
    while (fgets(line, sizeof line, data)) printf("%d: %s", ++n, line);
    fclose(data);
    return 0;
}
