#pragma once

#include <QSize>
#include <QTest>
#include <QWidget>

// How a test puts a window on screen before it drives it: shown (at `size` where one is given)
// and exposed. Until the window system has exposed it a widget has no painted geometry to click
// (indexAt(), visualRect()) and takes no keys, so a test that went on at once would race the
// window system (QTest::qWaitForWindowExposed). It returns false instead of failing the test
// itself, so a test says QVERIFY(showExposed(window)) and the failure points at its own line.
[[nodiscard]] inline bool showExposed(QWidget &window, QSize size = {})
{
    if (size.isValid())
        window.resize(size);
    window.show();
    return QTest::qWaitForWindowExposed(&window);
}
