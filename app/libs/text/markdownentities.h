#pragma once

#include <QByteArray>

#include <string_view>

namespace DockPrep {

// An HTML entity as md4c reports it ("&amp;", "&#60;", "&#x3C;") as the UTF-8 of the character it
// stands for. Numeric entities always decode (to U+FFFD when no character has that number); of the
// named ones, those a note plausibly holds. A null QByteArray for any other name.
QByteArray decodeHtmlEntity(std::string_view entity);

} // namespace DockPrep
