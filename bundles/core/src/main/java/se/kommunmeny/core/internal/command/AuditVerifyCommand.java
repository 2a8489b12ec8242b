package se.kommunmeny.core.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.kommunmeny.core.api.audit.AuditService;
import se.kommunmeny.core.api.audit.ChainVerification;

/** Verifies the audit log's hash chain. */
@Service
@Command(scope = "kommunmeny", name = "audit-verify", description = "Verifies the hash chain of the audit log")
public class AuditVerifyCommand implements Action {
    @Reference
    private AuditService audit;

    @Override
    public Object execute() {
        ChainVerification result = audit.verify();
        System.out.println(result.message());
        return result.valid() ? null : "BROKEN at row " + result.firstBrokenSequence();
    }
}
