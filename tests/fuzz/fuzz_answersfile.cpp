// Any bytes as an answers file (--answers) for a descriptor with a field of every type: reading
// ends in answers or an Error, and accepted answers (those that can be answers), written back as an answers file (each field
// by FieldCodec, the file by YamlWriter) and read again, are the same answers.

#include "FuzzTarget.h"

#include "install/AnswersFile.h"
#include "product/DescriptorParser.h"
#include "product/FieldCodec.h"
#include "product/YamlWriter.h"

#include <cmath>

using namespace Slipway;

namespace {

const Descriptor &descriptor()
{
    static const Descriptor parsed = [] {
        Diagnostics errors;
        Descriptor d = DescriptorParser::parse(R"(apiVersion: slipway/v1
kind: Installer
product: {id: demo, title: Demo}
release: {name: demo, namespace: demo}
environments:
  - {id: dev, title: Dev, default: true, values: {env: dev}}
  - {id: prod, title: Prod, values: {env: prod}}
sizes:
  - {id: s, title: Small, values: {replicas: 1}}
pages:
  - id: main
    title: Main
    fields:
      - {id: name, type: string, label: Name, path: name}
      - {id: replicas, type: int, label: Replicas, path: replicas, default: 2}
      - {id: ratio, type: number, label: Ratio, path: ratio}
      - {id: on, type: bool, label: On, path: on}
      - {id: cpu, type: quantity, quantity: cpu, label: CPU, path: "resources.limits.cpu"}
      - {id: tier, type: enum, label: Tier, path: tier, options: [a, {value: 2, title: Two}]}
      - {id: labels, type: keyValues, label: Labels, path: "podLabels[\"example.com/x\"]"}
      - {id: tol, type: tolerations, label: Tolerations, path: tolerations}
      - {id: profiles, type: resourceProfiles, label: Profiles, path: profiles, profiles: [small, large]}
      - id: db
        type: databaseMode
        label: Database
        path: db.mode
        modes:
          - {id: create, title: Create}
          - id: external
            title: External
            fields:
              - {id: host, type: hostPort, label: Host, path: db.host}
              - {id: password, type: secret, label: Password, path: db.password}
      - id: gpu
        type: gpu
        label: GPU
        gpu: {enabled: gpu.enabled, count: gpu.count, resourceName: gpu.resource}
      - {id: raw, type: yaml, label: Raw, path: raw}
)",
                                               QStringLiteral("installer.yaml"), &errors);
        SlipwayFuzz::require(errors.isEmpty());
        return d;
    }();
    return parsed;
}

// Answers equal, a NaN number answer (".nan" reads as one) being equal to itself.
bool same(const Answers &a, const Answers &b)
{
    if (a.environment != b.environment || a.size != b.size || a.overrides != b.overrides
        || a.fields.keys() != b.fields.keys())
        return false;
    for (auto it = a.fields.cbegin(); it != a.fields.cend(); ++it) {
        const QVariant &other = b.fields.value(it.key());
        const bool nan = it->typeId() == QMetaType::Double && std::isnan(it->toDouble())
            && other.typeId() == QMetaType::Double && std::isnan(other.toDouble());
        if (!nan && *it != other)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString fileName = QStringLiteral("answers.yaml");
    const Expected<Answers> answers = AnswersFile::parse(SlipwayFuzz::bytes(data, size), fileName,
                                                         descriptor());
    if (!answers) {
        SlipwayFuzz::require(!answers.error().message.isEmpty());
        return 0;
    }
    // A node that cannot be a field's answer reads as an invalid one, which AnswerValidator
    // refuses; an answers file has no way to write it, so it is left out.
    Answers expected = *answers;
    expected.fields.removeIf([](const auto &answer) { return !answer.value().isValid(); });
    const Expected<Answers> again = AnswersFile::parse(
        AnswersFile::serialize(expected, descriptor(), true), fileName, descriptor());
    SlipwayFuzz::require(again.hasValue());
    SlipwayFuzz::require(same(*again, expected));
    return 0;
}
