package se.kommunmeny.purchasing.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** How far the treatment plan's sent documents have been taken to the buyers' platforms. */
@Entity
@Table(name = "pu_forward_cursor")
public class ForwardCursorEntity {
    @Id
    @Column(name = "id")
    int id;
    @Column(name = "sent_at")
    long sentAt;
    @Column(name = "last_id")
    String lastId;
}
