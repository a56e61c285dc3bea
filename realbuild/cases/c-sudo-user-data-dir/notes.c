/* writes a note into the data directory the build made for its user, then reads it */
#include <stdio.h>

int main(void) {
    FILE *f = fopen("/home/app/data/note.txt", "w");
    if (!f) {
        perror("notes: /home/app/data/note.txt");
        return 1;
    }
    fputs("kept as app\n", f);
    fclose(f);
    f = fopen("/home/app/data/note.txt", "r");
    char line[64];
    if (f && fgets(line, sizeof line, f)) {
        printf("notes: %s", line);
    }
    return 0;
}
