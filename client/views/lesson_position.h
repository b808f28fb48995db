#pragma once
// Reading position <-> scroll offset. A position is the index of the block at
// the top of the view plus how far down that block the view starts (0..1), so a
// learner who scrolled to the middle of paragraph 12 at 100 % text finds the
// middle of paragraph 12 again at 200 %, where every block is taller.
// Pure functions; any thread.
#include <vector>

namespace pelita::kiosk::views {

// `tops`: each block's top, increasing, in the scrolled content's coordinates;
// `end`: the bottom of the last block. Returns the position at scroll offset `y`
// (0 above the first block).
double positionAt(const std::vector<float>& tops, float end, float y);

// The scroll offset that shows `position` at the top; the inverse of positionAt.
// A position past the last block (the lesson got shorter) is the last block's top.
float offsetFor(const std::vector<float>& tops, float end, double position);

} // namespace pelita::kiosk::views
