// The single translation unit that compiles the stb header-only implementations the game uses.
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb/stb_image_write.h>
