/*
 * diag.h - internal helpers over the public diagnostics list.
 */
#ifndef PRIVICON_DIAG_H
#define PRIVICON_DIAG_H

#include "privicon.h"

/* Marks diagnostic `i` as acknowledged by the register with `reason`
 * (copied). */
int pv_diag_acknowledge(privicon_diagnostics *diags, size_t i, const char *reason);

#endif
