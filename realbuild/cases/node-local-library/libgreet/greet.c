/* A library built from source and installed into /usr/local/lib, as librtlsdr is. */
#include <stdio.h>

int greet(const char *name, char *out, int size) {
    return snprintf(out, size, "hello %s, from libgreet", name);
}
