package no.saman.infra.demo;

/** The specific latent traits of a demo respondent, beside the general work climate they share. */
enum Trait {
  LEADERSHIP,
  ROLE_CLARITY,
  AUTONOMY,
  ENGAGEMENT
}
