#pragma once

// What the load generators report of their timings.

#include <QtGlobal>

#include <algorithm>
#include <vector>

namespace palaver::bench {

/// The `p` quantile (0 to 1) of nanosecond timings, in milliseconds; 0 for none. Reorders
/// `values` partly.
inline double percentileMs(std::vector<qint64> &values, double p)
{
    if (values.empty())
        return 0;
    const auto rank =
        size_t(std::clamp(p * double(values.size() - 1), 0.0, double(values.size() - 1)));
    std::nth_element(values.begin(), values.begin() + qsizetype(rank), values.end());
    return double(values[rank]) / 1e6;
}

} // namespace palaver::bench
