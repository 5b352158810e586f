#pragma once

#include "core/session.h"
#include "events/eventtablemodel.h"

#include <QAbstractItemModelTester>

// A session and the event table over it, checked by QAbstractItemModelTester all along: the base
// of the model tests' fixtures, which add their paths and events.
struct SessionModelFixture {
    Session session;
    EventTableModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};

    SessionModelFixture() { model.setSession(&session); }
};
