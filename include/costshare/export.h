/**
 * @file costshare/export.h
 * @brief The export macro that marks every public function of libcostshare.
 *
 * The library is built with hidden visibility: only functions declared with
 * #COSTSHARE_API are exported from the shared library. Users of the shared
 * library need define nothing; the build of the shared library itself
 * defines COSTSHARE_BUILDING_SHARED.
 *
 * The static library is built with COSTSHARE_STATIC defined (its CMake
 * target and `pkg-config --static` pass it on to users, who may also define
 * it themselves). Then #COSTSHARE_API adds no visibility: the archive's
 * functions stay hidden, so a shared object that links `libcostshare.a` (a
 * database or interpreter extension) does not export them and cannot clash
 * with another copy of the library loaded in the same process, while a
 * program or shared object links them as usual. On Windows COSTSHARE_STATIC
 * selects neither dllexport nor dllimport.
 */
#ifndef COSTSHARE_EXPORT_H
#define COSTSHARE_EXPORT_H

#if defined(COSTSHARE_BUILDING_SHARED) && defined(COSTSHARE_STATIC)
#error "Define at most one of COSTSHARE_BUILDING_SHARED and COSTSHARE_STATIC"
#endif

/**
 * @def COSTSHARE_API
 * Marks a function as part of the public, exported ABI.
 */
#if defined(_WIN32) || defined(__CYGWIN__)
#if defined(COSTSHARE_BUILDING_SHARED)
#define COSTSHARE_API __declspec(dllexport)
#elif defined(COSTSHARE_STATIC)
#define COSTSHARE_API
#else
#define COSTSHARE_API __declspec(dllimport)
#endif
#elif defined(COSTSHARE_STATIC)
#define COSTSHARE_API
#elif defined(__GNUC__) && __GNUC__ >= 4
#define COSTSHARE_API __attribute__((visibility("default")))
#else
#define COSTSHARE_API
#endif

#ifdef __cplusplus
#define COSTSHARE_BEGIN_DECLS extern "C" {
#define COSTSHARE_END_DECLS }
#else
/** Opens an `extern "C"` block when compiled as C++. */
#define COSTSHARE_BEGIN_DECLS
/** Closes the block opened by #COSTSHARE_BEGIN_DECLS. */
#define COSTSHARE_END_DECLS
#endif

#endif /* COSTSHARE_EXPORT_H */
