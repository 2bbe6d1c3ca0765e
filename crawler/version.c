/* version.c — the pressarc version string and User-Agent default. */
#include "pressarc/version.h"

const char *pa_version(void) { return PA_VERSION; }
