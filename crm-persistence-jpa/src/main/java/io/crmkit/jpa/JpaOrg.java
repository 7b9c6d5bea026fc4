package io.crmkit.jpa;

import io.crmkit.client.Email;
import io.crmkit.org.Department;
import io.crmkit.org.DepartmentId;
import io.crmkit.org.DepartmentRepository;
import io.crmkit.org.Manager;
import io.crmkit.org.ManagerId;
import io.crmkit.org.ManagerRepository;
import java.util.List;
import java.util.Optional;

/** Departments and managers on JPA. */
final class JpaOrg {
    private JpaOrg() {
    }

    static final class Departments implements DepartmentRepository {
        private final Jpa jpa;
        private final Saver<DepartmentEntity> saver = new Saver<>(DepartmentEntity.class, "department",
                DepartmentEntity::new, e -> e.version, (e, v) -> e.version = v);

        Departments(Jpa jpa) {
            this.jpa = jpa;
        }

        @Override
        public Department save(Department d) {
            io.crmkit.internal.Check.notNull("department", d);
            return jpa.call("department.save", em -> d.withVersion(saver.save(em, d.id().value(), d.version(), e -> {
                e.id = d.id().value();
                e.name = d.name();
                e.parentId = d.parent() == null ? null : d.parent().value();
                e.headId = d.head() == null ? null : d.head().value();
                e.dailyNormPoints = d.dailyNormPoints();
            })));
        }

        @Override
        public Optional<Department> find(DepartmentId id) {
            io.crmkit.internal.Check.notNull("department", id);
            return jpa.call("department.find", em -> Optional.ofNullable(em.find(DepartmentEntity.class, id.value())).map(Departments::toDomain));
        }

        @Override
        public List<Department> all() {
            return jpa.call("department.all", em -> em.createQuery("select d from Department d order by d.id", DepartmentEntity.class)
                    .getResultList().stream().map(Departments::toDomain).toList());
        }

        static Department toDomain(DepartmentEntity e) {
            return new Department(DepartmentId.of(e.id), e.name, e.parentId == null ? null : DepartmentId.of(e.parentId),
                    e.headId == null ? null : ManagerId.of(e.headId), e.dailyNormPoints, e.version);
        }
    }

    static final class Managers implements ManagerRepository {
        private final Jpa jpa;
        private final Saver<ManagerEntity> saver = new Saver<>(ManagerEntity.class, "manager",
                ManagerEntity::new, e -> e.version, (e, v) -> e.version = v);

        Managers(Jpa jpa) {
            this.jpa = jpa;
        }

        @Override
        public Manager save(Manager m) {
            io.crmkit.internal.Check.notNull("manager", m);
            return jpa.call("manager.save", em -> m.withVersion(saver.save(em, m.id().value(), m.version(), e -> {
                e.id = m.id().value();
                e.name = m.name();
                e.email = m.email() == null ? null : m.email().value();
                e.departmentId = m.department().value();
                e.active = m.active();
            })));
        }

        @Override
        public Optional<Manager> find(ManagerId id) {
            io.crmkit.internal.Check.notNull("manager", id);
            return jpa.call("manager.find", em -> Optional.ofNullable(em.find(ManagerEntity.class, id.value())).map(Managers::toDomain));
        }

        @Override
        public List<Manager> all() {
            return jpa.call("manager.all", em -> em.createQuery("select m from Manager m order by m.id", ManagerEntity.class)
                    .getResultList().stream().map(Managers::toDomain).toList());
        }

        static Manager toDomain(ManagerEntity e) {
            return new Manager(ManagerId.of(e.id), e.name, e.email == null ? null : Email.of(e.email),
                    io.crmkit.org.DepartmentId.of(e.departmentId), e.active, e.version);
        }
    }
}
