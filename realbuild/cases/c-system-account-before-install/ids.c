/* Prints the ids the program runs with and those of the accounts: a system account
   takes the first free id of the system range, so the order of `adduser --system app`
   and redis-server's own account (its postinst) decides which is which. */
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <unistd.h>

static void account(const char *name) {
    struct passwd *pw = getpwnam(name);
    struct group *gr = getgrnam(name);
    printf("%s: uid=%d gid=%d\n", name, pw ? (int)pw->pw_uid : -1, gr ? (int)gr->gr_gid : -1);
}

int main(void) {
    struct passwd *me = getpwuid(getuid());
    printf("running as uid=%d gid=%d (%s)\n", (int)getuid(), (int)getgid(),
           me ? me->pw_name : "?");
    account("app");
    account("redis");
    return 0;
}
