/* Prints zlib's version and which of git and git's Recommends (less, ssh, patch) the
 * image has: the original's apt configuration decides whether they come with git. */
#include <stdio.h>
#include <unistd.h>
#include <zlib.h>

int main(void) {
    const char *paths[] = {"/usr/bin/git", "/usr/bin/less", "/usr/bin/ssh", "/usr/bin/patch"};
    printf("zlib %s\n", zlibVersion());
    for (unsigned i = 0; i < sizeof paths / sizeof *paths; i++)
        printf("%s %s\n", paths[i], access(paths[i], X_OK) == 0 ? "present" : "absent");
    return 0;
}
