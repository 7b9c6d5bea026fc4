package io.crmkit.org;

import java.util.List;
import java.util.Optional;

/** Storage port for departments. */
public interface DepartmentRepository {
    /**
     * Inserts (version 0) or updates (version as loaded) a department and returns it with its new version.
     *
     * @throws io.crmkit.ConflictException when the id exists already (insert) or the version is stale (update)
     */
    Department save(Department department);

    Optional<Department> find(DepartmentId id);

    /** Every department, sorted by id. */
    List<Department> all();
}
