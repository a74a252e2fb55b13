#pragma once

#include <QString>

namespace palaver::bench {

/// What one child process of palaver-chatview-bench measures: one log at one size.
struct ChildSettings
{
    QString config;
    bool live = false; ///< live: one message per turn of the event loop; else load, then measure
    int messages = 0;
    int appends = 200;
    int frames = 300;
    quint64 seed = 1;
    double budgetSeconds = 120; ///< for the appending one by one, and for the "one more" appends
    int rate = 1000;            ///< messages per second arriving, for the stalls
    double rateSeconds = 5;     ///< for how long they arrive
};

/// The longest a log may take over one message for the steady arrival to be tried at all: over
/// it, every message stalls the event loop past the target and the backlog only grows. Also
/// the stall issue 7 allows.
constexpr double kStallTargetMs = 50;

/// Measures one configuration at one size and prints what it found as key=value lines.
int runChild(const ChildSettings &settings);

} // namespace palaver::bench
