#pragma once

#include "ObjectRef.h"

#include <QList>
#include <QSet>

namespace Slipway {

// Which objects a table shows: all of them, or those of a given set (the objects of a release).
class ObjectFilter
{
public:
    // Every object passes until a set is given.
    bool accepts(const QString &kind, const QString &name) const
    {
        return !m_active || m_objects.contains(ObjectRef { kind, name });
    }
    void setObjects(const QList<ObjectRef> &objects)
    {
        m_objects = QSet<ObjectRef>(objects.cbegin(), objects.cend());
        m_active = true;
    }
    void clear()
    {
        m_objects.clear();
        m_active = false;
    }
    bool isActive() const { return m_active; }

private:
    QSet<ObjectRef> m_objects;
    bool m_active = false;
};

} // namespace Slipway
