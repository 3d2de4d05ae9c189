// The lexicon image compiled into the binary: tables derived from Lexicons/*.tsv ahead of time
// (Scripts/generate-lexicon-image.py writes lexicon_image.c). Read by ZhExtract's LexiconImage.
#ifndef ZX_LEXICON_IMAGE_H
#define ZX_LEXICON_IMAGE_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The image's first byte (its bytes are `zx_lexicon_image_size()` long; none when it is 0).
const unsigned char *zx_lexicon_image(void);
size_t zx_lexicon_image_size(void);

#ifdef __cplusplus
}
#endif

#endif
