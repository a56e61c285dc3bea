#ifdef __cplusplus
extern "C" {
#endif
int twice(int x);
const char *greeting(void);
#ifdef __cplusplus
}
#endif
