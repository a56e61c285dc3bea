#ifndef GREET_H
#define GREET_H
/* the greeting for a name, written into out (at most size bytes) */
int greet(const char *name, char *out, int size);
#endif
