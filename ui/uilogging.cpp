#include "uilogging.h"

Q_LOGGING_CATEGORY(lcUi, "fsnoop.ui", QtInfoMsg)
