package org.tidemark.timeline;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.tidemark.domain.Voyage;

/** The read path for derived voyages. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class VoyageQueries {

    private static final String SELECT = """
            select v, t.name, lp.name, dp.name from Voyage v
            join Tanker t on t.id = v.tankerId
            join Port lp on lp.id = v.loadPortId
            left join Port dp on dp.id = v.dischargePortId
            """;

    private final EntityManager em;

    VoyageQueries(EntityManager em) {
        this.em = em;
    }

    /** Voyages that loaded in [from, to), optionally of one tanker, in loading order. */
    public List<VoyageView> list(Long tankerId, Instant from, Instant to, int limit) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (tankerId != null) {
            where.append(" and v.tankerId = :tanker");
        }
        if (from != null) {
            where.append(" and v.loadingFrom >= :from");
        }
        if (to != null) {
            where.append(" and v.loadingFrom < :to");
        }
        TypedQuery<Object[]> query = em.createQuery(SELECT + where + " order by v.loadingFrom, v.id", Object[].class)
                .setMaxResults(limit);
        if (tankerId != null) {
            query.setParameter("tanker", tankerId);
        }
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        return query.getResultList().stream().map(row -> view(row, null)).toList();
    }

    public Optional<VoyageView> find(UUID id) {
        return em.createQuery(SELECT + " where v.id = :id", Object[].class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .map(row -> view(row, ((Voyage) row[0]).eventIds()));
    }

    private static VoyageView view(Object[] row, List<Long> eventIds) {
        return VoyageView.of((Voyage) row[0], (String) row[1], (String) row[2], (String) row[3], eventIds);
    }
}
