// The single translation unit that compiles the stb header-only implementations the game uses.
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb/stb_image_write.h>
#define STB_IMAGE_IMPLEMENTATION
#define STBI_ONLY_PNG
#ifndef LUREPROOF_IMAGES_PNG_ONLY  // the web build: avatars and post images are PNG (docs/scenario-format.md)
#define STBI_ONLY_JPEG
#endif
#include <stb/stb_image.h>
