/** The reports of crmkit: sales funnel, price list, automotivator, manager control and the agenda reports. */
package io.crmkit.reports;
