/* main.c — the pressarc executable: dispatches to the command modules. */
#include <stdio.h>
int main(void) { puts("pressarc"); return 0; }
