package io.crmkit.org;

import java.util.List;
import java.util.Optional;

/** Storage port for managers. */
public interface ManagerRepository {
    /**
     * Inserts (version 0) or updates (version as loaded) a manager and returns it with its new version.
     *
     * @throws io.crmkit.ConflictException when the id exists already (insert) or the version is stale (update)
     */
    Manager save(Manager manager);

    Optional<Manager> find(ManagerId id);

    /** Every manager, sorted by id. */
    List<Manager> all();
}
