#pragma once

namespace palaver::server {

/// Gives the heap's free pages back to the system where the C library allows it (glibc's
/// malloc_trim). A crowd arriving at once leaves most of the memory its presence traffic went
/// through free but still held; this releases it. A no-op elsewhere.
void releaseFreeMemory();

} // namespace palaver::server
