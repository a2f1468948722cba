package dev.relive.app; public class Main { public static void main(String[] a){} }
