#include "bundle/ImageValuesRewrite.h"
#include "product/YamlReader.h"
#include "product/YamlWriter.h"

#include <QTest>

using namespace Slipway;

// The values an import writes so that the workloads pull the bundle's images from the target
// registry: global.imageRegistry when the chart has it, else each image where the values name it.
class tst_ImageValuesRewrite final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void overlay_data();
    void overlay();
};

namespace {

ValueTree yaml(const QByteArray &text)
{
    Diagnostics errors;
    ValueTree tree = YamlReader::parse(text, QStringLiteral("test.yaml"), &errors);
    if (!errors.isEmpty())
        qFatal("bad test YAML");
    return tree;
}

} // namespace

void tst_ImageValuesRewrite::overlay_data()
{
    QTest::addColumn<QByteArray>("defaults");
    QTest::addColumn<QByteArray>("values");
    QTest::addColumn<QStringList>("images");
    QTest::addColumn<QByteArray>("expected"); // values with the overlay merged
    QTest::newRow("repository with its registry in it")
        << QByteArray("image: {repository: registry.invalid/smoke, tag: '1'}\n")
        << QByteArray("image: {repository: 127.0.0.1:5000/team/app, tag: '1'}\n")
        << QStringList { QStringLiteral("127.0.0.1:5000/team/app:1") }
        << QByteArray("image: {repository: 'target.local:5443/team/app', tag: '1'}\n");
    QTest::newRow("registry and repository apart, from the chart's defaults")
        << QByteArray("web: {image: {registry: docker.io, repository: bitnami/nginx, tag: '1.25'}}\n")
        << QByteArray("replicas: 2\n") << QStringList { QStringLiteral("docker.io/bitnami/nginx:1.25") }
        << QByteArray("replicas: 2\nweb: {image: {registry: 'target.local:5443'}}\n");
    QTest::newRow("Docker Hub's library repository")
        << QByteArray("proxy: {image: {repository: nginx, tag: '1'}}\n") << QByteArray("{}\n")
        << QStringList { QStringLiteral("nginx:1") }
        << QByteArray("proxy: {image: {repository: 'target.local:5443/library/nginx'}}\n");
    QTest::newRow("an image string, in a list")
        << QByteArray("sidecars: [{name: a, image: 'quay.io/org/agent:2@sha256:"
                      "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'}]\n")
        << QByteArray("{}\n") << QStringList { QStringLiteral("quay.io/org/agent:2") }
        << QByteArray("sidecars: [{name: a, image: 'target.local:5443/org/agent:2@sha256:"
                      "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'}]\n");
    QTest::newRow("global.imageRegistry wins")
        << QByteArray("global: {imageRegistry: ''}\nimage: {registry: docker.io, repository: org/app}\n")
        << QByteArray("{}\n") << QStringList { QStringLiteral("docker.io/org/app:1") }
        << QByteArray("global: {imageRegistry: 'target.local:5443'}\n");
    QTest::newRow("an image not in the bundle is left alone")
        << QByteArray("image: {repository: other.example/app}\n") << QByteArray("{}\n")
        << QStringList { QStringLiteral("registry.example/app:1") } << QByteArray("{}\n");
}

void tst_ImageValuesRewrite::overlay()
{
    QFETCH(QByteArray, defaults);
    QFETCH(QByteArray, values);
    QFETCH(QStringList, images);
    QFETCH(QByteArray, expected);
    QList<ImageReference> references;
    for (const QString &image : images)
        references.append(*ImageReference::parse(image));
    QStringList changes;
    ValueTree result = yaml(values);
    result.merge(ImageValuesRewrite::overlay(yaml(defaults), yaml(values), references,
                                             QStringLiteral("target.local:5443"), &changes));
    QVERIFY2(result == yaml(expected), YamlWriter::write(result).constData());
    QCOMPARE(changes.isEmpty(), yaml(values) == yaml(expected));
}

QTEST_GUILESS_MAIN(tst_ImageValuesRewrite)
#include "tst_imagevaluesrewrite.moc"
