/**
 * @file costshare/version.h
 * @brief Compile-time and run-time version of libcostshare.
 *
 * The version numbers below are the single place where the project version
 * is written; the build system reads them from this file. Compare the
 * compile-time #COSTSHARE_VERSION_NUMBER with costshare_version_number() to
 * detect a program running against a different library than it was built with.
 */
#ifndef COSTSHARE_VERSION_H
#define COSTSHARE_VERSION_H

#include <stdint.h>

#include "export.h"

/** Major version: changes only with an incompatible ABI (and the SONAME). */
#define COSTSHARE_VERSION_MAJOR 1
/** Minor version: grows when functions or struct members are added. */
#define COSTSHARE_VERSION_MINOR 0
/** Patch version: fixes only. */
#define COSTSHARE_VERSION_PATCH 0
/** The version as a string, "MAJOR.MINOR.PATCH". */
#define COSTSHARE_VERSION_STRING "1.0.0"
/** The version as one number: major*10000 + minor*100 + patch. */
#define COSTSHARE_VERSION_NUMBER                                                               \
    (COSTSHARE_VERSION_MAJOR * 10000 + COSTSHARE_VERSION_MINOR * 100 + COSTSHARE_VERSION_PATCH)

COSTSHARE_BEGIN_DECLS

/**
 * @brief The version of the library in use, as "MAJOR.MINOR.PATCH".
 * @return A static string; never NULL.
 */
COSTSHARE_API const char *costshare_version(void);

/**
 * @brief The version of the library in use as major*10000 + minor*100 + patch.
 * @return For example 10000 for version 1.0.0.
 */
COSTSHARE_API int32_t costshare_version_number(void);

COSTSHARE_END_DECLS

#endif /* COSTSHARE_VERSION_H */
