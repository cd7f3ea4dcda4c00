package org.sujarit.intake.whistleblower;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.google.crypto.tink.HybridEncrypt;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sujarit.intake.CrockfordBase32;
import org.sujarit.intake.ResponseDeadline;
import org.sujarit.intake.status.StatusDocuments;
import org.sujarit.intake.status.StatusView;
import org.sujarit.intake.status.StatusViews;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.EventCodec;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.Reporter;
import org.sujarit.platform.events.SealedReport;
import org.sujarit.platform.events.WhistleblowerReportSealed;
import org.sujarit.platform.runtime.outbox.Outbox;
import org.sujarit.platform.runtime.outbox.OutboxEntry;
import org.sujarit.platform.runtime.web.FieldError;
import org.sujarit.platform.runtime.web.ProblemException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Takes in whistleblower reports and answers status questions by receipt.
 * <p>
 * The report is sealed at once with the anonymizer's public key; intake keeps only the
 * ciphertext (until the relay has published it), the public status of the submission and
 * a slow hash of the receipt. Writes, without transactions, in this order: the receipt
 * hash first, then the submission with its event. A crash after the first leaves a
 * receipt that leads nowhere and was never shown to anyone; a crash after the second has
 * a published report whose receipt works. No order publishes a report whose reporter
 * could not follow it.
 */
@Component
public class WhistleblowerIntake {

	/** Receipt hashes, each pointing at its submission. */
	public static final String RECEIPTS = "receipts";

	static final String SUBMISSION_PREFIX = "WB-";

	private static final Logger log = LoggerFactory.getLogger(WhistleblowerIntake.class);

	private static final int SUBMISSION_SYMBOLS = 12;

	private static final int ATTEMPTS = 3;

	private final MongoTemplate mongo;

	private final Outbox outbox;

	private final EventCodec codec;

	private final HybridEncrypt sealer;

	private final Receipts receipts;

	private final ReceiptHasher hasher;

	private final ResponseDeadline deadline;

	private final StatusViews views;

	private final ReceiptChecks checks;

	private final CrockfordBase32 symbols = new CrockfordBase32(new SecureRandom());

	public WhistleblowerIntake(MongoTemplate mongo, Outbox outbox, EventCodec codec, HybridEncrypt sealer,
			Receipts receipts, ReceiptHasher hasher, ResponseDeadline deadline, StatusViews views,
			ReceiptChecks checks) {
		this.mongo = mongo;
		this.outbox = outbox;
		this.codec = codec;
		this.sealer = sealer;
		this.receipts = receipts;
		this.hasher = hasher;
		this.deadline = deadline;
		this.views = views;
		this.checks = checks;
	}

	/**
	 * Seals and files a report.
	 * @param request the validated request
	 * @return the receipt and deadlines
	 * @throws ProblemException when the category is not a corruption category or the
	 * national ID is not valid
	 */
	public ReportAccepted submit(WhistleblowerReportRequest request) {
		List<FieldError> errors = new ArrayList<>();
		Reporter reporter = checkedReporter(request, errors);
		DisclosureChoice choice = DisclosureChoice.of(request.disclosure(), request.updatePings(), reporter, errors);
		if (!errors.isEmpty()) {
			throw invalid(errors);
		}
		Instant receivedAt = this.deadline.now();
		Instant respondBy = this.deadline.respondBy(receivedAt);
		for (int attempt = 1;; attempt++) {
			String submissionId = SUBMISSION_PREFIX + this.symbols.random(SUBMISSION_SYMBOLS);
			SealedReport report = new SealedReport(submissionId, request.category(), request.narrative().strip(),
					(request.accused() != null) ? request.accused().toAccused() : null, reporter, receivedAt, respondBy,
					choice.disclosure(), choice.updatePings());
			OutboxEntry entry = this.outbox.entry(EventType.WHISTLEBLOWER_REPORT_SEALED, submissionId, receivedAt,
					new WhistleblowerReportSealed(submissionId, seal(report)));
			String receipt = this.receipts.next();
			String receiptHash = this.hasher.hash(receipt);
			try {
				this.mongo.insert(new Document("_id", receiptHash).append("submissionId", submissionId), RECEIPTS);
			}
			catch (DuplicateKeyException ex) {
				if (attempt >= ATTEMPTS) {
					throw ex;
				}
				continue;
			}
			try {
				this.outbox.write(StatusDocuments.WHISTLEBLOWER_SUBMISSIONS, submissionId,
						() -> this.mongo.insert(
								StatusDocuments.received(submissionId, null, null, receivedAt, respondBy, entry),
								StatusDocuments.WHISTLEBLOWER_SUBMISSIONS));
			}
			catch (DuplicateKeyException ex) {
				// the id is taken: the receipt must not lead to someone else's report
				this.mongo.remove(Query.query(Criteria.where("_id").is(receiptHash)), RECEIPTS);
				if (attempt >= ATTEMPTS) {
					throw ex;
				}
				continue;
			}
			log.info("Whistleblower report {} sealed", submissionId);
			return ReportAccepted.of(receipt, receivedAt, respondBy, choice);
		}
	}

	/**
	 * The status of the report a receipt belongs to. The receipt is hashed whatever it
	 * looks like, so a wrong or malformed receipt is answered after the same work as a
	 * right one.
	 * @param typedReceipt the receipt as typed
	 * @return the view, empty when the receipt leads nowhere
	 */
	public Optional<StatusView> status(String typedReceipt) {
		return submissionOf(typedReceipt)
			.flatMap((submissionId) -> this.views.find(StatusDocuments.WHISTLEBLOWER_SUBMISSIONS, submissionId))
			.map(StatusView::withoutTrackingCode);
	}

	/**
	 * The submission a receipt belongs to. The check passes the {@link ReceiptChecks
	 * limits} first; then the receipt is hashed whatever it looks like, so a wrong or
	 * malformed receipt is answered after the same work as a right one.
	 * @param typedReceipt the receipt as typed
	 * @return the submission id, empty when the receipt leads nowhere
	 * @throws ReceiptChecksLimited when a limit refuses the check
	 */
	public Optional<String> submissionOf(String typedReceipt) {
		String normalised = Receipts.normalise(typedReceipt);
		this.checks.admit(normalised);
		String receiptHash = this.hasher.hash(normalised);
		Document receipt = this.mongo.findById(receiptHash, Document.class, RECEIPTS);
		if (receipt == null || !Receipts.isWellFormed(normalised)) {
			return Optional.empty();
		}
		return Optional.ofNullable(receipt.getString("submissionId"));
	}

	/**
	 * The answer to a receipt that leads nowhere, the same for every endpoint and every
	 * kind of wrong receipt.
	 * @return the 404 problem
	 */
	public static ProblemException unknownReceipt() {
		return ProblemException.notFound("A report with this receipt", "เรื่องที่แจ้งตามรหัสรับแจ้งนี้");
	}

	private String seal(SealedReport report) {
		try {
			byte[] ciphertext = this.sealer.encrypt(this.codec.toJson(report),
					report.submissionId().getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(ciphertext);
		}
		catch (GeneralSecurityException ex) {
			// the class only: a crypto message is not expected to quote the
			// plaintext, but nothing here needs more
			throw new IllegalStateException(
					"Could not seal report " + report.submissionId() + " (" + ex.getClass().getSimpleName() + ")");
		}
	}

	private static Reporter checkedReporter(WhistleblowerReportRequest request, List<FieldError> errors) {
		if (!request.category().corruption()) {
			String allowed = Arrays.stream(Category.values())
				.filter(Category::corruption)
				.map(Category::name)
				.collect(Collectors.joining(", "));
			errors.add(new FieldError("category", "one-of",
					"must be one of: " + allowed + "; other complaints go to /api/v1/complaints",
					"ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: " + allowed
							+ " เรื่องร้องเรียนทั่วไปให้ส่งที่ /api/v1/complaints"));
		}
		return (request.reporter() != null) ? request.reporter().checked("reporter", errors) : null;
	}

	/**
	 * The 400 problem for broken rules.
	 * @param errors the broken rules, not empty
	 * @return the problem to throw
	 */
	public static ProblemException invalid(List<FieldError> errors) {
		String fields = errors.stream().map(FieldError::field).collect(Collectors.joining(", "));
		return new ProblemException(HttpStatus.BAD_REQUEST, "invalid-input",
				"The request has invalid fields: " + fields, "ข้อมูลไม่ถูกต้อง: " + fields, errors);
	}

}
