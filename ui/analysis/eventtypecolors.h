#pragma once

#include <QColor>

#include <array>

// One colour per event type (EventTypeIndex order), shared by every chart so "modify" is the
// same colour in the busiest-paths bars and in the rate lines. Chosen to stay apart from each
// other on a white background; the types that come in pairs (close_write/close_nowrite,
// moved_from/moved_to) get related hues.
class EventTypeColors final
{
public:
    static QColor color(int typeIndex)
    {
        static constexpr std::array<QRgb, 16> kColors = {
            0x1f77b4, // access
            0x2ca02c, // modify
            0xbcbd22, // attrib
            0xff7f0e, // close_write
            0xffbb78, // close_nowrite
            0x9467bd, // open
            0xd62728, // moved_from
            0xff9896, // moved_to
            0x17becf, // create
            0x8c564b, // delete
            0xc49c94, // delete_self
            0xe377c2, // move_self
            0x7f7f7f, // unmount
            0x393b79, 0x637939, 0x843c39,
        };
        return QColor(kColors[std::size_t(typeIndex) % kColors.size()]);
    }
};
