// Qt Quick Tests for the views' components (tst_*.qml in this directory),
// loaded straight from qml/components with fake model data.
#include <QtQuickTest>

QUICK_TEST_MAIN(qml)
