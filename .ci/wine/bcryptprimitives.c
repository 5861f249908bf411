/*
 * bcryptprimitives.c — a stand-in bcryptprimitives.dll for the Wine start test ONLY.
 *
 * Why it exists: Go >= 1.22 programs on Windows get their random bytes from
 * ProcessPrng in bcryptprimitives.dll (the runtime loads it at start and aborts
 * if it is missing). Debian 12's Wine 8.0 has no bcryptprimitives.dll, so
 * kemitraan.exe dies before main() under that Wine. Newer Wine (>= 9.x) ships
 * the DLL; real Windows (8.1 and later) always has it.
 *
 * This file is built by .ci/wine-test.sh with x86_64-w64-mingw32-gcc and copied
 * into the throw-away Wine prefix of that test. It is never shipped with the
 * program and never part of a release: the real exe uses Windows' own DLL.
 *
 * ProcessPrng fills the buffer from the OS random source (RtlGenRandom, i.e.
 * advapi32!SystemFunction036, which Wine implements) and returns TRUE. The real
 * ProcessPrng never fails; if the random source ever did, this one returns FALSE
 * and the Go runtime stops with "failed to get system random" instead of running
 * on predictable bytes.
 */
#include <windows.h>

/* RtlGenRandom is exported by advapi32 under this name; its length is a ULONG. */
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
	while (len > 0) {
		ULONG chunk = len > 0x40000000 ? 0x40000000 : (ULONG)len;
		if (!SystemFunction036(data, chunk))
			return FALSE;
		data += chunk;
		len -= chunk;
	}
	return TRUE;
}

BOOL WINAPI DllMain(HINSTANCE instance, DWORD reason, LPVOID reserved)
{
	(void)instance;
	(void)reason;
	(void)reserved;
	return TRUE;
}
