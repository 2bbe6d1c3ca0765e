/* version.h — program version and the default User-Agent. */
#ifndef PRESSARC_VERSION_H
#define PRESSARC_VERSION_H
#define PA_VERSION "0.1.0"
#define PA_DEFAULT_USER_AGENT "pressarc/" PA_VERSION " (+https://github.com/pressarc/pressarc)"
const char *pa_version(void);
#endif
