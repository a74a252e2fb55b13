// releaseFreeMemory(): after a burst of small allocations is freed, the heap gives its pages
// back to the system (glibc), rather than keeping them in the server's resident set.
#include "server/memory.h"

#include <QFile>
#include <QTest>

#include <cstdlib>
#include <memory>
#include <vector>

#if defined(__SANITIZE_ADDRESS__)
#define PALAVER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PALAVER_ASAN 1
#endif
#endif

namespace {

/// Resident memory in KiB, or -1 where /proc can't tell.
[[maybe_unused]] qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

class tst_Memory final : public QObject
{
    Q_OBJECT

private slots:
    void freedHeapGoesBackToTheSystem();
};

void tst_Memory::freedHeapGoesBackToTheSystem()
{
#if !defined(Q_OS_LINUX) || !defined(__GLIBC__)
    QSKIP("malloc_trim is glibc's: elsewhere releaseFreeMemory() does nothing to measure.");
#elif defined(PALAVER_ASAN)
    QSKIP("Under AddressSanitizer the heap is the sanitizer's, which malloc_trim doesn't manage.");
#else
    // 200 MiB in frames the size of chat traffic, one kept in every 64 so that the freed space
    // is fragmented and lies below live blocks (freeing alone can't shrink the heap's top).
    std::vector<std::unique_ptr<char[]>> blocks(200 * 1024 * 1024 / 200);
    for (auto &block : blocks) {
        block.reset(new char[200]);
        block[0] = 1; // touched, so resident
    }
    const qint64 full = residentKiB();
    for (size_t i = 0; i < blocks.size(); ++i) {
        if (i % 64 != 0)
            blocks[i].reset();
    }
    const qint64 freed = residentKiB();
    palaver::server::releaseFreeMemory();
    const qint64 released = residentKiB();
    qInfo("resident: %lld KiB full, %lld KiB after free(), %lld KiB after releaseFreeMemory()",
          static_cast<long long>(full), static_cast<long long>(freed),
          static_cast<long long>(released));
    QVERIFY(full > 0);
    QVERIFY2(freed > full / 2, "free() alone gave the pages back: nothing left to test");
    QVERIFY2(released < freed / 2, "releaseFreeMemory() kept most of the freed heap");
#endif
}

QTEST_GUILESS_MAIN(tst_Memory)
#include "tst_memory.moc"
