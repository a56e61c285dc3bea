/* Asks SDL2 for its OpenGL library, as a game with an OpenGL window or an accelerated
 * renderer does: SDL opens it with dlopen (libEGL.so.1 for the offscreen driver,
 * libGL.so.1 on X11), so ldd of this program does not name it. */
#include <SDL.h>
#include <stdio.h>

int main(void)
{
    if (SDL_VideoInit(NULL) != 0) {
        printf("video: not initialised (%s)\n", SDL_GetError());
        return 1;
    }
    printf("video driver: %s\n", SDL_GetCurrentVideoDriver());
    if (SDL_GL_LoadLibrary(NULL) != 0) {
        printf("opengl: not available (%s)\n", SDL_GetError());
        return 2;
    }
    printf("opengl: library loaded, display ready\n");
    SDL_GL_UnloadLibrary();
    SDL_VideoQuit();
    return 0;
}
