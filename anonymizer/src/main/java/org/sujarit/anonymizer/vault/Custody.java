package org.sujarit.anonymizer.vault;

import org.sujarit.platform.events.Reporter;

/**
 * What the vault keeps sealed for one report: the identity and whether the reporter asked
 * for content-free update pings at the contact they left. The ping choice is sealed with
 * the identity, so nothing in clear says which reports can be reached.
 *
 * @param reporter the identity; personal data
 * @param updatePings whether the reporter wants update pings
 */
public record Custody(Reporter reporter, boolean updatePings) {

	/**
	 * The same custody with another ping choice.
	 * @param pings the new choice
	 * @return the custody
	 */
	public Custody withUpdatePings(boolean pings) {
		return new Custody(this.reporter, pings);
	}

	/**
	 * Whether a ping can reach the reporter: they asked and left an e-mail or phone.
	 * @return true when pings are on and there is a contact
	 */
	public boolean pingable() {
		return this.updatePings && this.reporter != null
				&& (present(this.reporter.email()) || present(this.reporter.phone()));
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

}
