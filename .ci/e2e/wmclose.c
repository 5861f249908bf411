/*
 * wmclose WINDOW-ID: asks an X11 window to close, as a window manager's close button
 * does: a WM_PROTOCOLS client message with WM_DELETE_WINDOW. Test-only (.ci/e2e-test.sh):
 * Xvfb runs no window manager, Alt+F4 means nothing without one, and
 * `xdotool windowclose` destroys the window instead of asking, which skips the
 * program's close intercept (the unsaved-changes question). Build:
 *   gcc -O2 -o wmclose wmclose.c -lX11
 */
#include <stdio.h>
#include <stdlib.h>
#include <X11/Xlib.h>

int main(int argc, char **argv) {
	if (argc != 2) {
		fprintf(stderr, "usage: wmclose WINDOW-ID\n");
		return 2;
	}
	Window w = (Window)strtoul(argv[1], NULL, 0);
	Display *d = XOpenDisplay(NULL);
	if (!d) {
		fprintf(stderr, "wmclose: cannot open display\n");
		return 1;
	}
	XEvent ev = {0};
	ev.xclient.type = ClientMessage;
	ev.xclient.window = w;
	ev.xclient.message_type = XInternAtom(d, "WM_PROTOCOLS", False);
	ev.xclient.format = 32;
	ev.xclient.data.l[0] = (long)XInternAtom(d, "WM_DELETE_WINDOW", False);
	ev.xclient.data.l[1] = CurrentTime;
	if (!XSendEvent(d, w, False, NoEventMask, &ev)) {
		fprintf(stderr, "wmclose: XSendEvent failed\n");
		return 1;
	}
	XSync(d, False);
	XCloseDisplay(d);
	return 0;
}
