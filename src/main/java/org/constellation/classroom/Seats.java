package org.constellation.classroom;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constellation.model.Constellation;
import org.constellation.model.agents.Actor;

/** The session's seats: which actor each plays, and the secret token of its link. */
final class Seats {

    private final List<Integer> indices;
    private final Map<Integer, String> ids;
    private final Map<String, Integer> byToken;

    private Seats(List<Integer> indices, Map<Integer, String> ids, Map<String, Integer> byToken) {
        this.indices = List.copyOf(indices);
        this.ids = ids;
        this.byToken = byToken;
    }

    /** The seats of a session on its model; an actor the model does not have is an error naming the file. */
    static Seats of(SessionConfig config, Constellation m, Path file) throws SessionException {
        List<Integer> indices = new ArrayList<>();
        Map<Integer, String> ids = new LinkedHashMap<>();
        Map<String, Integer> byToken = new LinkedHashMap<>();
        for (SessionConfig.Seat seat : config.seats()) {
            Actor a = m.actor(seat.actor());
            if (a == null || ids.containsKey(a.index())) {
                throw new SessionException(file + ": seat '" + seat.actor() + "' is " + (a == null
                        ? "not an actor of the scenario" : "given twice"));
            }
            indices.add(a.index());
            ids.put(a.index(), a.id());
            byToken.put(seat.token(), a.index());
        }
        return new Seats(indices, ids, byToken);
    }

    /** The seats' actor indices, in the order given. */
    List<Integer> indices() {
        return indices;
    }

    /** The actor id of a seat. */
    String id(int actor) {
        return ids.get(actor);
    }

    /** The actor index of the seat with an id, or an error naming where the id was read. */
    int index(Object id, String where) throws SessionException {
        for (Map.Entry<Integer, String> e : ids.entrySet()) {
            if (e.getValue().equals(id)) {
                return e.getKey();
            }
        }
        throw new SessionException(where + ": '" + id + "' is not a seat of this session");
    }

    /** The actor index of the seat whose token this is, or null. */
    Integer byToken(String token) {
        return Tokens.find(byToken, token);
    }
}
