/* stub.c — keeps the test-support library non-empty before other helpers exist. */
int pa_testsupport_linked;
