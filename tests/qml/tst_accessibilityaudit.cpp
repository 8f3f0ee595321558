// The screenshot mode's accessibility audit: it finds the controls a screen
// reader could not name, and only those.
#include "AccessibilityAudit.h"

#include <QDir>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTest>

class TestAccessibilityAudit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QQuickStyle::setStyle(QStringLiteral("Fusion")); }

    void unnamedControlsAreFoundAndNamedOnesAreNot()
    {
        QQmlEngine engine;
        QQmlComponent component(&engine);
        component.setData(R"(
            import QtQuick
            import QtQuick.Controls
            Window {
                width: 400; height: 300; visible: true
                Column {
                    Button { objectName: "named"; text: "Send" }
                    Button { objectName: "iconOnly"; Accessible.name: "Attach files"; text: "+" }
                    Button { objectName: "blank" }
                    TextField { objectName: "password"; echoMode: TextInput.Password }
                    TextField { objectName: "user"; Accessible.name: "User" }
                    TextField { objectName: "namedPassword"; Accessible.name: "Password"; echoMode: TextInput.Password }
                    TextField { objectName: "filter"; placeholderText: "Filter rooms" }
                    Button { objectName: "hidden"; visible: false }
                    Label { text: "not a control" }
                    TextEdit { objectName: "readOnlyText"; readOnly: true; text: "a message" }
                    TextArea { objectName: "composer" }
                    Rectangle { objectName: "clickable"; width: 10; height: 10; Accessible.role: Accessible.Button }
                }
            })",
                          QUrl::fromLocalFile(QDir::temp().filePath(QStringLiteral("audit.qml"))));
        QTRY_VERIFY(!component.isLoading());
        std::unique_ptr<QObject> root(component.create());
        QVERIFY2(root, qPrintable(component.errorString()));
        auto *window = qobject_cast<QQuickWindow *>(root.get());
        QVERIFY(QTest::qWaitForWindowExposed(window));

        const QStringList unnamed = AccessibilityAudit::unnamedControls(window);
        const QString found = unnamed.join(QLatin1Char('\n'));
        QVERIFY2(unnamed.size() == 4, qPrintable(found));
        QVERIFY2(unnamed.at(0).contains("\"blank\""), qPrintable(found));
        QVERIFY2(unnamed.at(1).contains("\"password\""), qPrintable(found));
        QVERIFY2(unnamed.at(2).contains("\"composer\""), qPrintable(found));
        QVERIFY2(unnamed.at(3).contains("\"clickable\""), qPrintable(found));
        // Again, as for each screenshot of the same window.
        QCOMPARE(AccessibilityAudit::unnamedControls(window), unnamed);
    }
};

QTEST_MAIN(TestAccessibilityAudit)
#include "tst_accessibilityaudit.moc"
